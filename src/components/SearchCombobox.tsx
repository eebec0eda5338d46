import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSuggestions } from '@/api/images';
import { cx } from '@/lib/format';
import { CloseIcon, SearchIcon } from './icons';
import { useDebouncedValue } from './use-debounced-value';

export interface SearchComboboxProps {
  /** The query currently searched (from the URL). */
  initialQuery?: string;
  onSearch: (query: string) => void;
  placeholder?: string;
  /** Milliseconds of quiet typing before suggestions are asked for. */
  debounceMs?: number;
  className?: string;
  /** A key that focuses the box from anywhere on the page (not while typing elsewhere). */
  shortcut?: string;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box: an ARIA 1.2 combobox with a listbox of suggestions as you type.
 * ArrowDown/ArrowUp move through suggestions, Enter searches the highlighted one (or what
 * was typed), Escape closes the list and, pressed again, clears the box.
 */
export function SearchCombobox({
  initialQuery = '',
  onSearch,
  placeholder = 'Search images',
  debounceMs = 150,
  className,
  shortcut,
}: SearchComboboxProps) {
  const id = useId();
  const listId = `${id}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialQuery);
  // A new query from the URL (a search, Back, a link) replaces the text, while the box
  // stays mounted, so focus stays in it after Enter.
  const [shownQuery, setShownQuery] = useState(initialQuery);
  if (shownQuery !== initialQuery) {
    setShownQuery(initialQuery);
    setValue(initialQuery);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedValue(value, debounceMs);
  const suggestions = useSuggestions(debounced, open);

  useEffect(() => {
    if (!shortcut) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (
        event.key !== shortcut ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        isTypingTarget(event.target)
      )
        return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcut]);

  const typed = value.trim().toLowerCase();
  const options = value.trim().length >= 2 ? (suggestions.data?.data ?? []) : [];
  const expanded = open && options.length > 0;
  const activeOption = expanded && active >= 0 && active < options.length ? active : -1;

  const submit = (query: string) => {
    setValue(query);
    setOpen(false);
    setActive(-1);
    onSearch(query.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(options.length > 0 ? 0 : -1);
        } else {
          setActive((activeOption + 1) % options.length);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(options.length - 1);
        } else {
          setActive(activeOption <= 0 ? options.length - 1 : activeOption - 1);
        }
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = activeOption >= 0 ? options[activeOption] : undefined;
        submit(chosen ?? value);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else {
          setValue('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return (
    <form
      role="search"
      className={cx('relative', className)}
      onSubmit={(event) => {
        event.preventDefault();
        submit(value);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {placeholder}
      </label>
      <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 -translate-y-1/2 text-lg text-neutral-500 dark:text-neutral-400" />
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption >= 0 ? `${id}-option-${activeOption}` : undefined}
        aria-keyshortcuts={shortcut}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        className="h-11 w-full rounded-full border border-neutral-300 bg-neutral-50 pr-20 pl-10 text-[15px] text-neutral-900 placeholder:text-neutral-500 hover:border-neutral-400 focus:border-accent-500 focus:bg-white focus:outline-none focus-visible:outline-none focus:ring-3 focus:ring-accent-500/20 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:placeholder:text-neutral-400 dark:focus:bg-neutral-900"
      />
      {shortcut && !value && (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-12 hidden -translate-y-1/2 rounded border border-neutral-300 px-1.5 font-sans text-xs text-neutral-500 sm:block dark:border-neutral-700 dark:text-neutral-400"
        >
          {shortcut}
        </kbd>
      )}
      {value && (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            setValue('');
            inputRef.current?.focus();
          }}
          className="absolute top-1/2 right-11 grid size-7 -translate-y-1/2 place-items-center rounded-full text-neutral-500 hover:bg-neutral-200 hover:text-neutral-800 dark:hover:bg-neutral-800 dark:hover:text-neutral-100"
        >
          <CloseIcon />
        </button>
      )}
      <button
        type="submit"
        aria-label="Search"
        className="absolute top-1/2 right-1.5 grid size-8 -translate-y-1/2 place-items-center rounded-full bg-accent-600 text-white hover:bg-accent-700 dark:bg-accent-500 dark:text-neutral-950 dark:hover:bg-accent-400"
      >
        <SearchIcon />
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-1.5 overflow-hidden rounded-2xl border border-neutral-200 bg-white py-1.5 shadow-xl shadow-black/10 dark:border-neutral-800 dark:bg-neutral-900"
      >
        {options.map((option, index) => {
          const matches = option.toLowerCase().startsWith(typed) && typed.length > 0;
          return (
            <li
              key={option}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeOption}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => submit(option)}
              onMouseMove={() => index !== activeOption && setActive(index)}
              className={cx(
                'flex cursor-pointer items-center gap-3 px-4 py-2 text-[15px]',
                index === activeOption
                  ? 'bg-neutral-100 text-neutral-950 dark:bg-neutral-800 dark:text-white'
                  : 'text-neutral-700 dark:text-neutral-300',
              )}
            >
              <SearchIcon className="shrink-0 text-neutral-400" />
              <span className="truncate">
                {matches ? (
                  <>
                    {option.slice(0, typed.length)}
                    <strong className="font-semibold text-neutral-950 dark:text-white">
                      {option.slice(typed.length)}
                    </strong>
                  </>
                ) : (
                  option
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </form>
  );
}
