// Loaded with --import into the CLI process by the benchmark: reports its peak memory.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
