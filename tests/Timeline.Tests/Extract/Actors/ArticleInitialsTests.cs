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
}
