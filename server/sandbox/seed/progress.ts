// Seeding progress on the console: a bar on a terminal, a line per 10 % otherwise.

export interface Progress {
  update(done: number): void;
  finish(message: string): void;
}

export const silentProgress: Progress = { update() {}, finish() {} };

export function consoleProgress(label: string, total: number): Progress {
  const tty = process.stdout.isTTY;
  const width = 30;
  let lastShown = -1;
  return {
    update(done) {
      const percent = Math.floor((done / total) * 100);
      const step = tty ? percent : Math.floor(percent / 10) * 10;
      if (step === lastShown) return;
      lastShown = step;
      if (tty) {
        const filled = Math.round((percent / 100) * width);
        process.stdout.write(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%`,
        );
      } else {
        console.log(`${label} ${step}%`);
      }
    },
    finish(message) {
      if (tty) process.stdout.write('\n');
      console.log(message);
    },
  };
}
