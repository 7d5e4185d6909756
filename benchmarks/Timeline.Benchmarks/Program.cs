using System.Globalization;
using Timeline.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- timex [path to shared/eval/timeml]
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- site [EVENTS]   (default 1000)
if (args.Length > 0 && args[0] == "timex")
{
    return TimexBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "timeml"), Console.Out);
}

if (args.Length > 0 && args[0] == "site")
{
    var count = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000;
    return SiteBenchmark.Run(count, Console.Out);
}

Console.Error.WriteLine("usage: Timeline.Benchmarks timex [TIMEML_DIR]   (default: ../shared/eval/timeml)");
Console.Error.WriteLine("       Timeline.Benchmarks site [EVENTS]         (default: 1000)");
return 2;
