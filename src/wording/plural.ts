// "1 error", "2 errors": counts in reports go through here.

export function counted(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
