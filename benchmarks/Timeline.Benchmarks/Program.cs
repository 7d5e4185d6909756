using Timeline.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- timex [path to shared/eval/timeml]
if (args.Length == 0 || args[0] != "timex")
{
    Console.Error.WriteLine("usage: Timeline.Benchmarks timex [TIMEML_DIR]   (default: ../shared/eval/timeml)");
    return 2;
}

return TimexBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "timeml"), Console.Out);
