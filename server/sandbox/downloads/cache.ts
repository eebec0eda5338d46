// Licensed files kept on disk, keyed by asset, size and format (not by link, so every
// re-download of the same thing is served from the one file). A file is written under a
// temporary name and renamed when complete, and two requests for a file being made wait
// for the same work.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export class FileCache {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(private readonly root: string) {}

  /** The path of a key's file, made by `produce(tempPath)` when it is not there yet. */
  get(key: string, produce: (file: string) => Promise<void>): Promise<string> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const work = this.findOrProduce(key, produce).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  private async findOrProduce(
    key: string,
    produce: (file: string) => Promise<void>,
  ): Promise<string> {
    const file = path.join(this.root, key);
    try {
      await fs.access(file);
      return file;
    } catch {
      // Not made yet.
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Ends with the file's own extension: ffmpeg picks the container by it.
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.part${path.extname(file)}`;
    try {
      await produce(temp);
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    return file;
  }
}
