using Timeline.Cli;

return await TimelineApp.Create().RunAsync(args).ConfigureAwait(false);
