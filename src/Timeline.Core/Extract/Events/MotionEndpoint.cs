using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// A country that is only where something moves to or from ("sent experts to Norway", "suspended flights from Chile",
/// "urged its citizens to leave Peru", "will return to the United States") is the journey's end, a place, not a party to
/// the event. A word of going, sending or travelling stands within a few words before "to", "from" or "into" (no comma
/// between), or "leave" has the country as its object. Giving and telling are not moving ("apologised to Canada", "sent a
/// letter to Norway"): the country there is addressed and takes part. So is a country goods are sent to ("sent test kits to
/// Mexico", "brought aid to Haiti"): it receives them. Pure.
/// </summary>
public static partial class MotionEndpoint
{
    public static bool Is(TextSpan clause, int mentionStart) =>
        EndpointRegex().IsMatch(clause.Text.AsSpan(0, Math.Clamp(mentionStart - clause.Start, 0, clause.Text.Length)));

    // The motion word, then up to four plain words (its object: "a plane", "all flights going"), then the preposition.
    [GeneratedRegex(@"\b(?:(?:send|sends|sending|sent|fly|flies|flying|flew|flown|travel|travels|travelling|traveling|travelled|traveled|go|goes|going|went|gone|return|returns|returning|returned|head|heads|heading|headed|deploy|deploys|deploying|deployed|dispatch|dispatches|dispatching|dispatched|evacuate|evacuates|evacuating|evacuated|repatriate|repatriates|repatriating|repatriated|flee|flees|fleeing|fled|move|moves|moving|moved|bring|brings|bringing|brought|flight|flights|trip|trips|journey|journeys|mission|missions|evacuation|repatriation)\b(?:\s+(?!(?:letter|letters|message|messages|note|notes|request|requests|warning|warnings|signal|signals|aid|supplies|food|medicine|medicines|drugs|vaccine|vaccines|doses|kits|equipment|money|funds|weapons|arms|shipments|stockpiles)\b)[\w'’-]+){0,4}?\s+(?:to|from|into|out\s+of)(?:\s+and\s+(?:to|from|into))?|\b(?:leave|leaves|leaving|left|enter|enters|entering|entered|flee|flees|fleeing|fled))\s+(?:the\s+)?$")]
    private static partial Regex EndpointRegex();
}
