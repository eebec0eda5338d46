import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { DownloadHistory } from '@/api/license-types';
import type { CollectionMediaType } from '@/api/types';
import { cx } from '@/lib/format';
import { MoreIcon } from './icons';
import { LazySavePanel, loadSavePanel } from './LazySavePanel';
import { CardLicenseButton } from './license/LicenseButton';
import {
  useLicenseAction,
  useLicenseDialog,
  type LicenseTarget,
} from './license/use-license-action';
import { SaveToCollectionMenu } from './SaveToCollectionMenu';
import type { CardAction } from './CardActionSheet';

const loadSheet = () => import('./CardActionSheet');
const CardActionSheet = lazy(loadSheet);

/** Hidden until the card is hovered or focused; on touch screens, the actions menu holds it. */
const REVEAL =
  'opacity-0 transition-opacity duration-150 group-hover/card:opacity-100 group-focus-within/card:opacity-100 pointer-coarse:hidden';

export interface CardActionsProps {
  /** The asset's name, in every control's accessible name. */
  title: string;
  /**
   * License (or re-download) the asset. `known`: whether the team licensed it, told by a
   * grid that reads the team's licenses once for all its cards; otherwise looked up here.
   */
  license?: Omit<LicenseTarget, 'title' | 'className'> & {
    known?: { existing: DownloadHistory | undefined };
  };
  /** Save the asset to collections of this media type; `saved`: it is in one already. */
  save?: { id: string; media: CollectionMediaType; saved: boolean };
  /** Select or deselect the card (the touch menu's way into selecting). */
  select?: { selected: boolean; toggle: () => void };
  /** Small cards: smaller buttons. */
  compact?: boolean;
}

/**
 * A card's actions in its top-right corner. With a mouse or keyboard: License and Save
 * appear on hover and focus (a licensed or saved asset keeps its mark). On a touch screen,
 * where there is no hover, one "Actions" button opens a sheet holding all of them.
 */
export function CardActions({ title, license, save, select, compact = false }: CardActionsProps) {
  return (
    <div
      className={cx(
        'pointer-events-none absolute flex gap-1.5',
        compact ? 'top-1.5 right-1.5' : 'top-2 right-2',
      )}
    >
      {license?.known ? (
        <KnownLicenseCardActions
          title={title}
          license={license}
          save={save}
          select={select}
          compact={compact}
        />
      ) : license ? (
        <LicensedCardActions
          title={title}
          license={license}
          save={save}
          select={select}
          compact={compact}
        />
      ) : (
        <Buttons title={title} save={save} select={select} compact={compact} />
      )}
    </div>
  );
}

type WithLicense = CardActionsProps & { license: NonNullable<CardActionsProps['license']> };

function LicensedCardActions(props: WithLicense) {
  const { known: _, ...target } = props.license;
  return <Buttons {...props} action={useLicenseAction({ ...target, title: props.title })} />;
}

function KnownLicenseCardActions(props: WithLicense) {
  const { known, ...target } = props.license;
  const action = useLicenseDialog({ ...target, title: props.title }, known?.existing);
  return <Buttons {...props} action={action} />;
}

function Buttons({
  title,
  license,
  save,
  select,
  compact = false,
  action,
}: CardActionsProps & { action?: ReturnType<typeof useLicenseAction> }) {
  const more = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const [sheet, setSheet] = useState<'closed' | 'open' | 'closing'>('closed');
  const [saving, setSaving] = useState(false);
  // What was chosen in the sheet: run once it has closed and focus is back on "Actions".
  const next = useRef<(() => void) | undefined>(undefined);

  const actions: CardAction[] = [];
  if (action)
    actions.push({
      key: 'license',
      label: action.existing ? 'Re-download' : 'License',
      run: action.open,
    });
  if (save)
    actions.push({
      key: 'save',
      label: save.saved ? 'Change collections' : 'Save to a collection',
      run: () => setSaving(true),
    });
  if (select)
    actions.push({
      key: 'select',
      label: select.selected ? 'Deselect' : 'Select',
      run: select.toggle,
    });

  return (
    <>
      {license && action && (
        <CardLicenseButton
          media={license.media}
          assetId={license.assetId}
          title={title}
          compact={compact}
          reveal
          action={action}
        />
      )}
      {save && (
        <div className={cx('pointer-events-auto', !save.saved && REVEAL)}>
          <SaveToCollectionMenu
            ids={[save.id]}
            media={save.media}
            variant="icon"
            size={compact ? 'sm' : 'md'}
            saved={save.saved}
            assetTitle={title}
          />
        </div>
      )}
      <button
        ref={more}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={sheet === 'open' || saving}
        aria-controls={saving ? panelId : undefined}
        aria-label={`Actions for ${title}`}
        data-testid="card-actions"
        onPointerDown={() => void loadSheet()}
        onClick={() => {
          void action?.preload();
          void loadSavePanel();
          setSheet('open');
        }}
        className={cx(
          'pointer-events-auto hidden place-items-center rounded-full bg-white/95 text-neutral-900 shadow-md shadow-black/20 pointer-coarse:grid dark:bg-neutral-900/95 dark:text-white',
          compact ? 'size-7 text-base' : 'size-9 text-lg',
        )}
      >
        <MoreIcon />
      </button>
      {sheet !== 'closed' && (
        <Suspense fallback={null}>
          <CardActionSheet
            open={sheet === 'open'}
            title={title}
            actions={actions}
            onChoose={(chosen) => {
              next.current = chosen.run;
              setSheet('closing');
            }}
            onClose={() => setSheet('closing')}
            onClosed={() => {
              setSheet('closed');
              const run = next.current;
              next.current = undefined;
              run?.();
            }}
          />
        </Suspense>
      )}
      {save && saving && (
        <Suspense fallback={null}>
          <LazySavePanel
            id={panelId}
            ids={[save.id]}
            media={save.media}
            anchor={more}
            align="end"
            onClose={() => setSaving(false)}
            onSaved={undefined}
          />
        </Suspense>
      )}
    </>
  );
}
