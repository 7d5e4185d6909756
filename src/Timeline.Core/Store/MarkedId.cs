using YamlDotNet.Core;

namespace Timeline.Store;

/// <summary>An id and where it is written, as <see cref="OutlineJson"/> keeps it.</summary>
internal sealed record MarkedId
{
    public required string Id { get; init; }

    public required long Index { get; init; }

    public required long Line { get; init; }

    public required long Column { get; init; }

    public static MarkedId From((string Id, Mark At) marked) =>
        new() { Id = marked.Id, Index = marked.At.Index, Line = marked.At.Line, Column = marked.At.Column };

    public (string Id, Mark At) ToPair() => (Id, new Mark(Index, Line, Column));
}
