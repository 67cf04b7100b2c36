// Import progress: a bar on a terminal (cli-progress), plain lines otherwise (logs, CI, pipes).

import cliProgress from 'cli-progress';

export interface ProgressCounts {
  files: number;
  records: number;
  failed: number;
}

export interface Progress {
  /** Called once the number of files is known (null: unknown). */
  start(totalFiles: number | null): void;
  update(counts: ProgressCounts): void;
  stop(counts: ProgressCounts): void;
}

export interface ProgressOptions {
  /** Where to draw (default process.stderr). */
  stream?: NodeJS.WriteStream;
  /** Force the bar on or off; default: a bar when `stream` is a TTY. */
  tty?: boolean;
  /** In line mode, print a line every this many records (default 100). */
  every?: number;
  label?: string;
}

/** No output at all (tests, `--quiet`). */
export const silentProgress: Progress = { start() {}, update() {}, stop() {} };

const rate = (records: number, startedAt: number) => {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(records / seconds) : 0;
};

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'import';
  const tty = options.tty ?? stream.isTTY === true;
  const startedAt = Date.now();
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} |{bar}| {value}/{total} files | {records} records, {failed} failed | {rate} rec/s | {duration_formatted}`,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    let total = 0;
    return {
      start(totalFiles) {
        total = totalFiles ?? 0;
        bar.start(total, 0, { records: 0, failed: 0, rate: 0 });
      },
      update(c) {
        if (c.files > total) {
          total = c.files;
          bar.setTotal(total);
        }
        bar.update(c.files, { records: c.records, failed: c.failed, rate: rate(c.records, startedAt) });
      },
      stop(c) {
        bar.update(c.files, { records: c.records, failed: c.failed, rate: rate(c.records, startedAt) });
        bar.stop();
      },
    };
  }
  const every = options.every ?? 100;
  let nextAt = every;
  let totalFiles: number | null = null;
  const line = (c: ProgressCounts) =>
    `${label}: ${c.records} records (${c.failed} failed) from ${c.files}${totalFiles ? `/${totalFiles}` : ''} files, ${rate(c.records, startedAt)} records/s\n`;
  return {
    start(total) {
      totalFiles = total;
    },
    update(c) {
      if (c.records >= nextAt) {
        stream.write(line(c));
        nextAt = c.records - (c.records % every) + every;
      }
    },
    stop(c) {
      stream.write(line(c));
    },
  };
}
