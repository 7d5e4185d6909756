using Timeline.Model;

namespace Timeline.Summarize;

/// <summary>
/// Summarises a corpus of articles on one story as its key events: the days the corpus points at most strongly
/// (<see cref="DaySalience"/>), each told by its most representative self-contained sentences (<see cref="SentenceRanker"/>).
/// Articles off the story (a schedule, a sports page caught by a search) count for less, by how far their words are
/// from the story's. Deterministic: the same articles give the same summary, whatever their order.
/// </summary>
public static class KeyEventSummarizer
{
    public static KeyTimeline Summarize(IReadOnlyList<SummaryArticle> articles, SummaryOptions options)
    {
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        // Each article's words and vectors are its own: worked out on every core, kept in article order.
        var words = ordered.AsParallel().AsOrdered().Select(a => a.Sentences.Select(s => ContentWords.Ids(s.Text)).ToList()).ToList();
        var idf = InverseFrequencies(words);
        var vectors = words.AsParallel().AsOrdered().Select(a => a.Select(s => TermVector.Of(s, idf)).ToList()).ToList();
        var articleVectors = vectors.Select(TermVector.Sum).ToList();
        var story = TermVector.Sum(articleVectors.Select(v => v.Unit()));
        var furniture = Furniture(ordered);
        var relevance = new Dictionary<string, double>(StringComparer.Ordinal);
        var byDay = new Dictionary<DateOnly, List<Candidate>>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var article = ordered[i];
            relevance[article.Id] = articleVectors[i].Cosine(story);
            for (var j = 0; j < article.Sentences.Count; j++)
            {
                var sentence = article.Sentences[j];
                if (sentence.Dates.Count == 0 && furniture.Contains(sentence.Text.Trim())) continue;
                var days = sentence.Dates.Count > 0 ? sentence.Dates : article.Date is { } published ? [published] : [];
                foreach (var day in days.Where(options.Allows))
                {
                    Add(byDay, day, new Candidate
                    {
                        Article = article,
                        Sentence = sentence,
                        Named = sentence.Dates.Count > 0,
                        Vector = vectors[i][j],
                        Relevance = vectors[i][j].Cosine(story),
                    });
                }
            }
        }

        var wanted = options.DatesFor(ordered.Count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var dates = new List<KeyDate>();
        foreach (var day in DaySalience.Rank(ordered, options, id => relevance[id]))
        {
            if (dates.Count == wanted) break;
            if (!byDay.TryGetValue(day.Date, out var candidates)) continue;
            var picked = SentenceRanker.Pick(candidates, options.SentencesPerDate, taken);
            if (picked.Count == 0) continue;
            dates.Add(new KeyDate
            {
                Date = day.Date,
                Salience = Math.Round(day.Salience, 3),
                Articles = day.Articles,
                Entries = [.. picked.Select(c => new KeyEntry
                {
                    Text = c.Sentence.Text.Trim(),
                    Article = c.Article.Id,
                    Offset = c.Sentence.Offset,
                    Actors = [.. c.Sentence.Actors],
                })],
            });
        }

        return new KeyTimeline { Dates = [.. dates.OrderBy(d => d.Date)] };
    }

    // The same undated sentence word for word in three articles or more is the site's, not the story's
    // ("Explore all of our graphics..."); a sentence that names a day is kept, as wire copy repeats its background.
    private static HashSet<string> Furniture(List<SummaryArticle> articles) =>
        articles.SelectMany(a => a.Sentences.Where(s => s.Dates.Count == 0).Select(s => s.Text.Trim()).Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static void Add(Dictionary<DateOnly, List<Candidate>> byDay, DateOnly day, Candidate candidate)
    {
        if (!byDay.TryGetValue(day, out var list)) byDay[day] = list = [];
        list.Add(candidate);
    }

    // Sentences are the documents: a word in few of them tells one event from another. Weights by word id.
    private static double[] InverseFrequencies(List<List<List<int>>> words)
    {
        var size = 0;
        foreach (var word in words.SelectMany(a => a).SelectMany(s => s)) size = Math.Max(size, word + 1);
        var frequency = new int[size];
        // The last sentence each word was counted in: a word counts once per sentence.
        var counted = new int[size];
        var sentences = 0;
        foreach (var sentence in words.SelectMany(a => a))
        {
            sentences++;
            foreach (var word in sentence)
            {
                if (counted[word] == sentences) continue;
                counted[word] = sentences;
                frequency[word]++;
            }
        }

        // A word no sentence holds (none is asked for) gets the rarest weight.
        var weights = new double[size];
        for (var word = 0; word < size; word++)
        {
            weights[word] = frequency[word] > 0 ? Math.Log((sentences + 1.0) / (frequency[word] + 1.0)) : Math.Log(sentences + 1.0);
        }

        return weights;
    }
}
