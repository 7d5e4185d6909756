using Timeline.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- timex [path to shared/eval/timeml]
//        dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- actors [path to a CoNLL file]
return args.Length == 0 ? Usage() : args[0] switch
{
    "timex" => TimexBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "timeml"), Console.Out),
    "actors" => ActorsBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval", "ner", "wikigold.conll.txt"), Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Timeline.Benchmarks timex [TIMEML_DIR]   (default: ../shared/eval/timeml)\n" +
        "       Timeline.Benchmarks actors [CONLL_FILE]   (default: ../shared/eval/ner/wikigold.conll.txt)");
    return 2;
}
