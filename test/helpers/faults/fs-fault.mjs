// Preloaded into the built CLI (node --import) by tests: makes the file system fail as a full
// disk, or a bug, would, without root tricks. Runs in worker threads too (they inherit --import).
//   CTMAP_FAULT=enospc:N   the write that passes N bytes in total fails with ENOSPC
//   CTMAP_FAULT=rename:NAME the first rename of a file called NAME fails with EBUSY (open in Excel)
//   CTMAP_FAULT=stuck:NAME  every rename onto NAME in the output folder fails with EPERM (even putting it back)
//   CTMAP_FAULT=bug:NAME   opening a file called NAME throws a TypeError (a bug in ctmap)
import fs from 'node:fs';
import { basename } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const [kind, arg = ''] = (process.env.CTMAP_FAULT ?? '').split(/:(.*)/s);
const errno = (code, syscall, path) => Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, syscall, path });

if (kind === 'enospc') {
  let budget = Number(arg);
  const writeSync = fs.writeSync;
  fs.writeSync = function (fd, buffer, ...rest) {
    const length = typeof buffer === 'string' ? Buffer.byteLength(buffer) : (rest[1] ?? buffer.byteLength - (rest[0] ?? 0));
    budget -= length;
    if (budget < 0) throw errno('ENOSPC', 'write');
    return writeSync.call(this, fd, buffer, ...rest);
  };
}
if (kind === 'rename') {
  const renameSync = fs.renameSync;
  let failed = false;
  fs.renameSync = function (from, to) {
    if (!failed && (basename(String(from)) === arg || basename(String(to)) === arg)) {
      failed = true; // once: the file is in use at that moment, as when Excel holds it
      throw errno('EBUSY', 'rename', from);
    }
    return renameSync.call(this, from, to);
  };
}
if (kind === 'stuck') {
  const renameSync = fs.renameSync;
  fs.renameSync = function (from, to) {
    if (basename(String(to)) === arg && !String(to).includes('.ctmap-staging-')) throw errno('EPERM', 'rename', to);
    return renameSync.call(this, from, to);
  };
}
if (kind === 'bug') {
  const openSync = fs.openSync;
  fs.openSync = function (path, ...rest) {
    if (basename(String(path)) === arg) throw new TypeError('simulated bug: cannot read properties of undefined');
    return openSync.call(this, path, ...rest);
  };
}
syncBuiltinESMExports();
