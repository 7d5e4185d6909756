using System.Globalization;
using Timeline.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- timex [path to shared/eval/timeml]
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- timex-windows [TIMEML_DIR] [TLS_DIR] [DUMP_FILE]
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- actors [path to a CoNLL file]
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- site [EVENTS]   (default 1000)
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- hostile [SEEDS]  (default seeds)
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- build [TLS_DIR] [SEEDS_DIR]   (from the repository root)
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- seed [SEEDS_DIR]   (the seed alone; from the repository root)
return args.Length == 0 ? Usage() : args[0] switch
{
    "timex" => TimexBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "timeml"), Console.Out),
    "timex-windows" => TimexWindowsBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "timeml"),
        args.Length > 2 ? args[2] : Path.Combine("..", "shared", "eval", "tls"), args.Length > 3 ? args[3] : null, Console.Out),
    "actors" => ActorsBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "ner", "wikigold.conll.txt"), Console.Out),
    "site" => SiteBenchmark.Run(args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000, Console.Out),
    "hostile" => HostileBenchmark.Run(args.Length > 1 ? args[1] : "seeds", Console.Out),
    "seed" => BuildBenchmark.RunSeed(args.Length > 1 ? args[1] : "seeds", Console.Out),
    "build" => BuildBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "tls"), args.Length > 2 ? args[2] : "seeds", Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Timeline.Benchmarks timex [TIMEML_DIR]   (default: ../shared/eval/timeml)\n" +
        "       Timeline.Benchmarks timex-windows [TIMEML_DIR] [TLS_DIR] [DUMP_FILE]   (fast engine against the recogniser)\n" +
        "       Timeline.Benchmarks actors [CONLL_FILE]   (default: ../shared/eval/ner/wikigold.conll.txt)\n" +
        "       Timeline.Benchmarks site [EVENTS]         (default: 1000)\n" +
        "       Timeline.Benchmarks hostile [SEEDS]       (default: seeds)\n" +
        "       Timeline.Benchmarks build [TLS_DIR] [SEEDS_DIR]   (default: ../shared/eval/tls seeds)\n" +
        "       Timeline.Benchmarks seed [SEEDS_DIR]      (default: seeds; the one-article build alone)");
    return 2;
}
