using System.Diagnostics;
using System.Globalization;

namespace Timeline.Diagnostics;

/// <summary>
/// How long each stage of a build takes, on stderr, when <c>TIMELINE_STAGE_TIMES</c> is set: what a profile of a slow
/// rebuild needs first, and silent otherwise so that the output stays the same.
/// </summary>
public static class StageClock
{
    private static readonly bool On = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TIMELINE_STAGE_TIMES"));
    private static readonly Stopwatch Process = Stopwatch.StartNew();

    /// <summary>Starts timing <paramref name="stage"/>; disposing the result writes its time (nothing when timing is off).</summary>
    public static Timing Start(string stage) => new(On ? stage : null, Stopwatch.GetTimestamp());

    /// <summary>One stage being timed.</summary>
    public readonly struct Timing(string? stage, long started) : IDisposable
    {
        public void Dispose()
        {
            if (stage is null) return;
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {stage}: {ms:0} ms (at {Process.Elapsed.TotalMilliseconds:0} ms)"));
        }
    }
}
