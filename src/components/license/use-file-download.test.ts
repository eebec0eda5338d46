import { describe, expect, it } from 'vitest';
import { describeFileDownload, isFileDownloadBusy } from './use-file-download';

describe('a licensed file’s progress in words', () => {
  it('says the file is being prepared, with the seconds so far', () => {
    expect(describeFileDownload({ phase: 'preparing', seconds: 12 })).toBe(
      'Preparing your file… 12 s',
    );
    expect(isFileDownloadBusy({ phase: 'preparing', seconds: 0 })).toBe(true);
  });

  it('then how much has arrived, of how much when the server says', () => {
    const MB = 1024 * 1024;
    expect(describeFileDownload({ phase: 'downloading', loaded: 4.2 * MB, total: 18 * MB })).toBe(
      'Downloading 4.2 MB of 18 MB',
    );
    expect(describeFileDownload({ phase: 'downloading', loaded: 2048, total: undefined })).toBe(
      'Downloading 2.0 KB',
    );
  });

  it('then that it was saved, and under which name; nothing when the browser took it', () => {
    expect(describeFileDownload({ phase: 'saved', filename: 'shutterstock_1_hd.mov' })).toBe(
      'Saved shutterstock_1_hd.mov',
    );
    expect(isFileDownloadBusy({ phase: 'saved', filename: undefined })).toBe(false);
    expect(describeFileDownload({ phase: 'handed-off' })).toBe('');
  });
});
