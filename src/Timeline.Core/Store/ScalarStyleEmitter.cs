using System.Buffers;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Timeline.Store;

/// <summary>
/// Chooses how strings are written: quoted when they could be misread as another type,
/// as a literal block when they span lines, and otherwise plain (the emitter still quotes
/// anything that is not valid plain YAML).
/// </summary>
internal sealed class ScalarStyleEmitter(IEventEmitter nextEmitter) : ChainedEventEmitter(nextEmitter)
{
    private static readonly SearchValues<char> OtherBreaks = SearchValues.Create("\r\u0085\u2028\u2029");

    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Value is string text)
        {
            if (text.AsSpan().IndexOfAny(OtherBreaks) >= 0)
            {
                // YAML 1.1 readers take these for line breaks; only escapes (\r, \N, \L, \P) carry them across.
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            }
            else if (text.Contains('\n'))
            {
                eventInfo.Style = CanBeLiteral(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
            }
            else if (ScalarText.LooksLikeNonString(text))
            {
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            }
        }

        base.Emit(eventInfo, emitter);
    }

    // A literal block cannot carry trailing blanks safely (editors strip them) nor '\r'.
    private static bool CanBeLiteral(string text) =>
        !text.Contains('\r') && !text.Contains('\t')
        && !text.Split('\n').Any(line => line.EndsWith(' ') || line.StartsWith(' '));
}
