import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '@/api/client';
import { useUploadImage } from '@/api/cv';
import { describeError } from '@/components/describe-error';
import { cx } from '@/lib/format';
import { PicturePicker, type ShownPicture } from '../components/PicturePicker';
import { SuggestedKeywords } from '../components/SuggestedKeywords';
import { SimilarImagesSection, SimilarVideosSection } from '../components/VisualResults';
import { fileProblem, firstFile, preparePicture } from '../prepare';
import { readThumbnail, saveThumbnail } from '../thumbnails';

interface Chosen extends ShownPicture {
  /** Set once the API took the picture: the upload it stands for. */
  uploadId?: string;
}

interface Problem {
  message: string;
  technical?: string | undefined;
}

/** The API's refusal of an upload, in plain words, with its own message kept for support. */
function uploadProblem(error: unknown): Problem {
  const technical = describeError(error).technical.join(' — ') || undefined;
  if (error instanceof ApiError) {
    if (error.status === 413)
      return {
        message: 'This picture is too large: at most 10 MB and 10,000 pixels a side.',
        technical,
      };
    if (error.status === 415)
      return {
        message: 'This kind of picture can’t be searched with. Choose a JPEG or PNG.',
        technical,
      };
    if (error.status === 400)
      return { message: 'This picture could not be read; the file may be damaged.', technical };
  }
  const described = describeError(error);
  return { message: described.title, technical };
}

export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const uploadId = searchParams.get('upload') ?? '';
  const { mutateAsync: uploadPicture, reset: resetUpload } = useUploadImage();
  const [chosen, setChosen] = useState<Chosen>();
  const [problem, setProblem] = useState<Problem>();
  const [preparing, setPreparing] = useState(false);
  const objectUrl = useRef<string | undefined>(undefined);
  /** Counts pictures chosen: only the latest one's upload may change the page. */
  const attempt = useRef(0);

  useEffect(
    () => () => {
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    },
    [],
  );

  const onFile = useCallback(
    async (file: File) => {
      const mine = ++attempt.current;
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
      const isPicture = file.type.startsWith('image/');
      objectUrl.current = isPicture ? URL.createObjectURL(file) : undefined;
      setChosen({ name: file.name, url: objectUrl.current });
      resetUpload();
      const early = fileProblem(file);
      setProblem(early ? { message: early } : undefined);
      setPreparing(!early && objectUrl.current !== undefined);
      if (early || !objectUrl.current) return;
      try {
        const prepared = await preparePicture(file, objectUrl.current);
        const { upload_id: id } = await uploadPicture(prepared.base64);
        if (mine !== attempt.current) return;
        saveThumbnail(id, { url: prepared.thumbnail, name: file.name });
        setChosen((current) => current && { ...current, uploadId: id });
        setSearchParams({ upload: id });
      } catch (error) {
        if (mine !== attempt.current) return;
        setProblem(
          error instanceof ApiError
            ? uploadProblem(error)
            : { message: error instanceof Error ? error.message : String(error) },
        );
      } finally {
        if (mine === attempt.current) setPreparing(false);
      }
    },
    [uploadPicture, resetUpload, setSearchParams],
  );

  // A picture pasted (Ctrl/Cmd+V) or dropped anywhere on the page is searched with; a drop
  // outside the zone would otherwise make the browser open the file instead of the app.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = firstFile(event.clipboardData?.files);
      if (!file) return;
      event.preventDefault();
      void onFile(file);
    };
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      const file = firstFile(event.dataTransfer?.files);
      if (!file) return;
      event.preventDefault();
      void onFile(file);
    };
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);

  const current = chosen && (!chosen.uploadId || chosen.uploadId === uploadId);
  const picture: ShownPicture | undefined = current
    ? chosen
    : uploadId
      ? (readThumbnail(uploadId) ?? { name: 'Your picture', url: undefined })
      : undefined;
  const showResults = uploadId !== '';

  return (
    <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-4 py-6 sm:px-6">
      <title>Search by image — Stockroom</title>
      <h1 className="text-2xl font-semibold tracking-tight">Search by image</h1>
      <p className="mt-1 mb-6 text-neutral-600 dark:text-neutral-400">
        Find images and videos that look like a picture you have: its colours and its composition.
      </p>
      <div
        className={cx(
          'grid gap-8',
          showResults ? 'lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:items-start' : 'max-w-3xl',
        )}
      >
        <PicturePicker
          picture={picture}
          onFile={(file) => void onFile(file)}
          busy={preparing}
          error={problem}
          compact={showResults}
        />
        {showResults && <SuggestedKeywords key={uploadId} uploadId={uploadId} />}
      </div>
      {showResults && (
        <div className="mt-10 flex flex-col gap-12">
          <SimilarImagesSection key={`images-${uploadId}`} uploadId={uploadId} />
          <SimilarVideosSection key={`videos-${uploadId}`} uploadId={uploadId} />
        </div>
      )}
    </main>
  );
}
