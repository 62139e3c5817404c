using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Tags;
using static InventoryAdmin.Tests.Support.Domain.TagDrafts;

namespace InventoryAdmin.Tests.Domain;

/// <summary>Tag rules 4–5 (SPEC §3): allocation percentages and their sums, and how a broken rule is thrown.</summary>
public class TagPercentRulesTests
{
    // Rule 4: allocation % per value

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    [InlineData("100.01")]
    [InlineData("150")]
    public void Check_PercentOutsideZeroExclusiveToHundred_ReportsRangeOnThatRow(string percent)
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal("Allocation % must be more than 0 and at most 100.", result.For("values[1].percent"));
        Assert.Null(result.For("values[0].percent"));
    }

    [Theory]
    [InlineData("33.333")]
    [InlineData("0.001")]
    [InlineData("12.345")]
    public void Check_PercentWithMoreThanTwoDecimals_ReportsTwoDecimalsOnThatRow(string percent)
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal("Allocation % takes at most two decimals.", result.For("values[1].percent"));
    }

    [Fact]
    public void Check_PercentOfExactlyHundredWithOthersBlank_IsValid()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", 100m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Check_PercentsWithTwoDecimalsSummingToHundred_IsValid()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 33.33m), new("Amazon", 33.33m), new("Walmart", 33.34m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Check_PercentWithTrailingZeroDecimals_IsValid()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 50.500m), new("Amazon", 49.5000m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }

    // Rule 5: sums

    [Fact]
    public void Check_EveryPercentGivenSummingTo99Point99_ReportsSumOnValues()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 79.99m), new("Amazon", 10m), new("Walmart", 10m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal(["values"], result.Errors.Keys);
        Assert.Contains("99.99", result.For("values"));
        Assert.Contains("exactly 100", result.For("values"));
    }

    [Fact]
    public void Check_EveryPercentGivenSummingToMoreThanHundred_ReportsSumOnValues()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 80m), new("Amazon", 20m), new("Walmart", 0.01m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Contains("100.01", result.For("values"));
        Assert.Contains("exactly 100", result.For("values"));
    }

    [Fact]
    public void Check_SingleValueWithHundredPercent_IsValid()
    {
        var draft = Draft("Channel", "Kibo", new TagValueDraft("Kibo", 100m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Check_SomeBlankAndGivenSumBelowHundred_IsValid()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", 10m), new("Walmart", 10m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Check_SomeBlankAndGivenSumExactlyHundred_IsValid()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", 60m), new("Walmart", 40m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Check_SomeBlankAndGivenSumAboveHundred_ReportsAtMostHundredOnValues()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", 60m), new("Walmart", 40.01m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal(["values"], result.Errors.Keys);
        Assert.Contains("100.01", result.For("values"));
        Assert.Contains("at most 100", result.For("values"));
    }

    [Fact]
    public void Check_NoPercentsAtAll_IsValidDiscreteTag()
    {
        var draft = Draft("Condition", "Good", new("Good", null), new("Damaged", null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
        Assert.Equal(TagMode.Discrete, TagRules.ModeOf(draft.Values));
    }

    [Fact]
    public void ModeOf_AnyPercentGiven_IsPercentage()
    {
        var values = new TagValueDraft[] { new("Kibo", null), new("Amazon", 10m) };

        Assert.Equal(TagMode.Percentage, TagRules.ModeOf(values));
    }

    [Fact]
    public void Total_SomeBlank_SumsOnlyGivenPercents()
    {
        var values = new TagValueDraft[] { new("Kibo", null), new("Amazon", 12.5m), new("Walmart", 7.25m) };

        Assert.Equal(19.75m, TagRules.Total(values));
    }

    [Fact]
    public void Check_SeveralBrokenRules_ReportsEveryFieldAtOnce()
    {
        var draft = Draft("", "Ebay", new("Kibo", 0m), new("kibo", 10m));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal(
            new[] { "defaultValue", "name", "values", "values[0].percent", "values[1].name" },
            result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    // ThrowIfInvalid

    [Fact]
    public void ThrowIfInvalid_ValidDraft_DoesNotThrow()
    {
        var result = TagRules.Check(ValidChannel(), NoOtherTags);

        var exception = Record.Exception(result.ThrowIfInvalid);

        Assert.Null(exception);
    }

    [Fact]
    public void ThrowIfInvalid_OnlyDuplicateName_ThrowsConflict()
    {
        var result = TagRules.Check(ValidChannel("channel"), ["Channel"]);

        var exception = Assert.Throws<InventoryRuleException>(result.ThrowIfInvalid);

        Assert.Equal(RuleViolationKind.Conflict, exception.Kind);
        Assert.Equal("A tag named 'channel' already exists.", exception.Message);
        Assert.Equal(["name"], exception.Errors.Keys);
    }

    [Fact]
    public void ThrowIfInvalid_DuplicateNameAndBadSum_ThrowsInvalidWithEveryError()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 80m), new("Amazon", 10m));
        var result = TagRules.Check(draft, ["Channel"]);

        var exception = Assert.Throws<InventoryRuleException>(result.ThrowIfInvalid);

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("name", exception.Errors.Keys);
        Assert.Contains("values", exception.Errors.Keys);
        Assert.Contains("already exists", exception.Message);
        Assert.Contains("90", exception.Message);
    }

    [Fact]
    public void ThrowIfInvalid_RuleBrokenWithoutNameConflict_ThrowsInvalid()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 33.333m), new("Amazon", null));
        var result = TagRules.Check(draft, NoOtherTags);

        var exception = Assert.Throws<InventoryRuleException>(result.ThrowIfInvalid);

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Equal(["values[0].percent"], exception.Errors.Keys);
        Assert.Equal("Allocation % takes at most two decimals.", exception.Message);
    }
}
