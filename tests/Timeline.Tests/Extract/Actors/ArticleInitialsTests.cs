using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>Initials an article writes for the one organisation it names in full are that organisation.</summary>
public sealed class ArticleInitialsTests
{
    private static Actor Organisation(string name) => new() { Id = Slug.Make(name), Name = name, Kind = ActorKind.Organisation };

    private static ArticleActors Article(params (Actor Actor, int Mentions)[] actors)
    {
        var mentions = new List<ResolvedMention>();
        var at = 0;
        foreach (var (actor, count) in actors)
        {
            for (var k = 0; k < count; k++, at += 100)
            {
                mentions.Add(new ResolvedMention
                {
                    Mention = new ActorMention { Start = at, Text = actor.Name, Kind = actor.Kind, Name = actor.Name }, ActorId = actor.Id, Sentence = at / 100,
                });
            }
        }

        return new ArticleActors { Actors = [.. actors.Select(a => a.Actor)], Mentions = mentions };
    }

    [Fact]
    public void The_initials_join_the_full_name_the_article_writes_more_often()
    {
        var joined = ArticleInitials.Join(Article((Organisation("Vell Shipping"), 3), (Organisation("VS"), 1)));

        var entry = Assert.Single(joined.Actors);
        Assert.Equal("Vell Shipping", entry.Name);
        Assert.Contains("VS", entry.Aliases);
        Assert.All(joined.Mentions, m => Assert.Equal(entry.Id, m.ActorId));
    }

    [Fact]
    public void The_initials_name_the_entry_where_the_article_writes_them_more_often()
    {
        var joined = ArticleInitials.Join(Article((Organisation("Fjord Motors"), 1), (Organisation("FM"), 4)));

        var entry = Assert.Single(joined.Actors);
        Assert.Equal("FM", entry.Name);
        Assert.Contains("Fjord Motors", entry.Aliases);
    }

    [Fact]
    public void Initials_that_fit_two_full_names_join_neither()
    {
        var joined = ArticleInitials.Join(Article((Organisation("Vell Shipping"), 2), (Organisation("Vale Station"), 2), (Organisation("VS"), 1)));

        Assert.Equal(3, joined.Actors.Count);
    }

    [Fact]
    public void A_country_s_initials_are_no_organisation_s()
    {
        var usa = new Actor { Id = "united-states", Name = "US", Kind = ActorKind.Country };
        var joined = ArticleInitials.Join(Article((Organisation("Union Shipping"), 2), (usa, 2)));

        Assert.Equal(2, joined.Actors.Count);
    }

    private static ResolvedMention Mention(string body, string text, Actor actor, int from = 0) => new()
    {
        Mention = new ActorMention { Start = body.IndexOf(text, from, StringComparison.Ordinal), Text = text, Kind = actor.Kind, Name = actor.Name },
        ActorId = actor.Id, Sentence = 0,
    };

    [Fact]
    public void Initials_in_brackets_after_a_full_name_define_it_in_another_language_s_order()
    {
        const string body = "The Vell Cycling Union (UCV) banned Lars Holm. The UCV will meet on Friday.";
        var (full, initials) = (Organisation("Vell Cycling Union"), Organisation("UCV"));
        var joined = ArticleInitials.Join(new ArticleActors
        {
            Actors = [full, initials],
            Mentions = [Mention(body, "Vell Cycling Union", full), Mention(body, "UCV", initials), Mention(body, "UCV", initials, 30)],
        }, body);

        var entry = Assert.Single(joined.Actors);
        Assert.Equal("UCV", entry.Name);
        Assert.Contains("Vell Cycling Union", entry.Aliases);
    }

    [Theory]
    [InlineData("The Vell Cycling Union banned Lars Holm. The UCV will meet on Friday.")]
    [InlineData("The Vell Cycling Union (UCVA) banned Lars Holm. The UCVA will meet on Friday.")]
    public void Initials_written_apart_from_the_name_or_with_other_letters_stay_apart(string body)
    {
        var acronym = body.Contains("UCVA", StringComparison.Ordinal) ? "UCVA" : "UCV";
        var (full, initials) = (Organisation("Vell Cycling Union"), Organisation(acronym));
        var joined = ArticleInitials.Join(new ArticleActors
        {
            Actors = [full, initials],
            Mentions = [Mention(body, "Vell Cycling Union", full), Mention(body, acronym, initials)],
        }, body);

        Assert.Equal(2, joined.Actors.Count);
    }
}
