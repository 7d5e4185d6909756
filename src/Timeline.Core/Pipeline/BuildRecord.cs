using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>
/// What a clean build left behind, kept in the output's cache: the hash of its inputs, the hash of every store and site
/// file it left, and what the same build would report if run again. Everything in it is checked against the files
/// before it is believed.
/// </summary>
internal sealed record BuildRecord
{
    /// <summary>The build of the tool that wrote it: another build of the code trusts nothing in it.</summary>
    public required string Tool { get; init; }

    /// <summary>Hash of the options, the articles' extraction keys, the site settings file and every template file.</summary>
    public required string Inputs { get; init; }

    /// <summary>Hash of <c>actors.yaml</c> as the build left it ("" when there was none).</summary>
    public required string ActorsFile { get; init; }

    /// <summary>The hand-edited actors of that <c>actors.yaml</c>, what steers extraction.</summary>
    public required List<Actor> HandEdited { get; init; }

    /// <summary>Hash of every store file (events files, actors.yaml, summary.yaml, schemas) by path relative to the output folder.</summary>
    public required Dictionary<string, string> Store { get; init; }

    /// <summary>Hash of every site file by path relative to the site folder.</summary>
    public required Dictionary<string, string> Site { get; init; }

    public required int Articles { get; init; }

    public required int Events { get; init; }

    public required int Actors { get; init; }

    public required int Pages { get; init; }

    /// <summary>Key dates stored in summary.yaml.</summary>
    public int? KeyDates { get; init; }

    public int FurnitureLines { get; init; }

    public int FurnitureArticles { get; init; }

    public required int Files { get; init; }

    /// <summary>What merging the same extraction again reports for events: all untouched ones unchanged.</summary>
    public required MergeCounts EventCounts { get; init; }

    public required MergeCounts ActorCounts { get; init; }

    /// <summary>What checking and rendering the store reported (warnings only: a build with errors leaves no record).</summary>
    public required List<Diagnostic> Diagnostics { get; init; }
}
