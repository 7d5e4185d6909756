using Timeline.Extract.Actors;
using Timeline.Extract.Actors.Ner;
using Timeline.Extract.Events;
using Timeline.Extract.Text.Pos;
using Timeline.Extract.Time;

namespace Timeline.Extract;

/// <summary>
/// What an extractor reads with, loaded side by side: the time recogniser's model (a tagger's own), and the
/// process-wide gazetteer, part-of-speech data, entity model and trigger lexicon. Loading them one after the other took
/// most of a one-article build; on more than one thread they load on two threads of their own as soon as this is made, so a
/// build can start it before it reads its articles. On one thread nothing loads until it is asked for, as before.
/// </summary>
public sealed class ExtractorModels
{
    private readonly Lazy<TemporalTagger> _tagger;
    private readonly Task[] _shared;

    private ExtractorModels(Lazy<TemporalTagger> tagger, Task[] shared)
    {
        _tagger = tagger;
        _shared = shared;
    }

    /// <summary>Starts loading on two threads of their own when <paramref name="threads"/> allows more than one, else not at all.</summary>
    public static ExtractorModels Start(int threads)
    {
        if (threads <= 1) return new(new Lazy<TemporalTagger>(() => new TemporalTagger()), []);
        // Two threads of their own, not the pool's: loading takes long, and reading the articles meanwhile hashes them on
        // the pool. The recogniser's model (its regexes parsed) on one; the word lists on the other, the lexicon first, as
        // both the gazetteer and the part-of-speech data are built on it. About as much work each.
        var tagger = OwnThread(() => new TemporalTagger());
        var shared = OwnThread(() =>
        {
            _ = PosLexicon.Default;
            _ = Gazetteer.Default;
            _ = PosTagger.Default;
            _ = NerModel.Default;
            _ = TriggerLexicon.Default;
            return true;
        });
        return new(new Lazy<TemporalTagger>(() => tagger.GetAwaiter().GetResult()), [shared]);
    }

    private static Task<T> OwnThread<T>(Func<T> load) =>
        Task.Factory.StartNew(load, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The tagger, once its model is built; a failure to build it is thrown here.</summary>
    public TemporalTagger Tagger => _tagger.Value;

    /// <summary>Waits until the shared models are loaded (each is loaded on first use anyway; this only keeps the wait out of an article's time).</summary>
    public void Wait()
    {
        foreach (var task in _shared)
        {
            // A failure is kept by the model's own lazy value and thrown where the model is used, as without this.
            try
            {
                task.GetAwaiter().GetResult();
            }
#pragma warning disable CA1031
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
