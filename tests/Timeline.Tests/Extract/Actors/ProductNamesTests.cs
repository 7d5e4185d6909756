using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class ProductNamesTests
{
    private static List<string> Kept(string body, params (string Name, ActorKind Kind)[] actors) =>
        [.. EvidenceCheck.Kept(body, actors).Select(a => a.Name)];

    [Fact]
    public void A_name_between_a_determiner_and_the_kind_of_thing_made_is_a_product_and_a_maker_before_its_goods_is_not()
    {
        const string body = "Orvo unveiled the Halden operating system on Monday. Orvo said Orvo's new Halden operating system would ship in July. "
            + "Komatsu computers will run it, Komatsu said. Komatsu sold 2,000 of them.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Halden", ActorKind.Person), ("Komatsu", ActorKind.Organisation));

        Assert.Equal(["Orvo", "Komatsu"], kept);
    }

    [Fact]
    public void A_name_said_to_be_a_version_of_something_is_a_product()
    {
        const string body = "Orvo released Tarn, the new version of its Halden software. Tarn costs $29. Orvo said Tarn sold well.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Tarn", ActorKind.Organisation));

        Assert.Equal(["Orvo"], kept);
    }

    [Fact]
    public void A_name_that_has_versions_is_a_product_but_one_whose_release_is_told_is_not()
    {
        const string body = "Orvo shipped the newest version of Vell's Tarn on Monday. Tarn costs $29. Orvo said Tarn sold well. "
            + "Police secured the release of Ida Berg on Monday. Ida Berg thanked them.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Tarn", ActorKind.Organisation), ("Ida Berg", ActorKind.Person));

        Assert.Equal(["Orvo", "Ida Berg"], kept);
    }

    [Fact]
    public void A_name_given_to_a_feature_or_an_application_is_a_product_but_a_person_named_so_is_not()
    {
        const string body = "Orvo showed a dynamic task manager named Tarn Control on Monday. Tarn Control shows open windows. "
            + "A manager named Ida Berg ran the show. Ida Berg said it went well.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Tarn Control", ActorKind.Organisation), ("Ida Berg", ActorKind.Person));

        Assert.Equal(["Orvo", "Ida Berg"], kept);
    }

    [Fact]
    public void A_name_right_after_an_intercapped_brand_is_a_model_of_that_line()
    {
        const string body = "The iVell Nano sold out in a day. Orvo said the iVell Nano would be back in stores soon. Nano is smaller than the old model.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Nano", ActorKind.Organisation));

        Assert.Equal(["Orvo"], kept);
    }

    [Fact]
    public void A_name_that_goes_on_from_a_products_name_is_a_product_too()
    {
        const string body = "Orvo showed the Halden operating system. The Halden operating system runs on phones. Halden Tarn will follow in July, Orvo said.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Halden", ActorKind.Organisation), ("Halden Tarn", ActorKind.Person));

        Assert.Equal(["Orvo"], kept);
    }

    [Fact]
    public void A_name_that_goes_on_from_an_actors_name_is_not_a_product()
    {
        const string body = "Orvo Tarn said Orvo would cut jobs. Orvo reported a loss. Orvo Tarn runs the firm.";

        var kept = Kept(body, ("Orvo", ActorKind.Organisation), ("Orvo Tarn", ActorKind.Person));

        Assert.Equal(["Orvo", "Orvo Tarn"], kept);
    }

    [Fact]
    public void A_stock_index_is_a_figure_not_an_actor()
    {
        const string body = "The benchmark Vessa index fell 3 percent. The Vessa index closed at 900. The Halvor Jones industrial average lost 200 points.";

        var kept = Kept(body, ("Vessa", ActorKind.Organisation), ("Halvor Jones", ActorKind.Organisation));

        Assert.Empty(kept);
    }
}
