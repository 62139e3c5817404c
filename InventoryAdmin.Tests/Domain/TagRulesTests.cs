using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Tags;
using static InventoryAdmin.Tests.Support.Domain.TagDrafts;

namespace InventoryAdmin.Tests.Domain;

/// <summary>Tag rules 1–3 (SPEC §3): the name, the values and the default value.</summary>
public class TagRulesTests
{
    // Rule 1: tag name

    [Fact]
    public void Check_ValidPercentageDraft_IsValid()
    {
        var result = TagRules.Check(ValidChannel(), NoOtherTags);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.False(result.IsOnlyNameConflict);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_NameMissingOrBlank_ReportsNameRequired(string? name)
    {
        var result = TagRules.Check(ValidChannel(name!), NoOtherTags);

        Assert.False(result.IsValid);
        Assert.Equal("Tag name is required.", result.For("name"));
        Assert.False(result.IsOnlyNameConflict);
    }

    [Fact]
    public void Check_NameOf50Characters_IsValid()
    {
        var result = TagRules.Check(ValidChannel(new string('n', 50)), NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Check_NameOf51Characters_ReportsMaximumLength()
    {
        var result = TagRules.Check(ValidChannel(new string('n', 51)), NoOtherTags);

        Assert.Equal("Tag name must be at most 50 characters.", result.For("name"));
    }

    [Fact]
    public void Check_NameOf50CharactersWithSurroundingSpaces_IsValidBecauseTrimmed()
    {
        var result = TagRules.Check(ValidChannel("   " + new string('n', 50) + "  "), NoOtherTags);

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("Channel")]
    [InlineData("channel")]
    [InlineData("  CHANNEL ")]
    public void Check_NameTakenByAnotherTagIgnoringCase_ReportsConflictOnName(string name)
    {
        var result = TagRules.Check(ValidChannel(name), ["OrderType", "Channel"]);

        Assert.False(result.IsValid);
        Assert.Equal("A tag named '" + name.Trim() + "' already exists.", result.For("name"));
        Assert.Equal(["name"], result.Errors.Keys);
        Assert.True(result.IsOnlyNameConflict);
    }

    [Fact]
    public void Check_NameConflictTogetherWithAnotherError_IsNotOnlyNameConflict()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", 80m), new("Amazon", 10m));

        var result = TagRules.Check(draft, ["Channel"]);

        Assert.NotNull(result.For("name"));
        Assert.NotNull(result.For("values"));
        Assert.False(result.IsOnlyNameConflict);
    }

    [Fact]
    public void Check_NameDiffersFromOtherTags_IsValid()
    {
        var result = TagRules.Check(ValidChannel("Channel2"), ["Channel", "OrderType"]);

        Assert.True(result.IsValid);
    }

    // Rule 2: values

    [Fact]
    public void Check_NoValues_ReportsAtLeastOneValue()
    {
        var result = TagRules.Check(Draft("Channel", "Kibo"), NoOtherTags);

        Assert.Contains("Add at least one value.", result.Errors["values"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Check_BlankValueName_ReportsValueRequiredOnThatRow(string? valueName)
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new(valueName, null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal("Value is required.", result.For("values[1].name"));
        Assert.Null(result.For("values[0].name"));
    }

    [Fact]
    public void Check_ValueNameOf51Characters_ReportsMaximumLengthOnThatRow()
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new(new string('v', 51), null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal("Value must be at most 50 characters.", result.For("values[1].name"));
    }

    [Theory]
    [InlineData("Amazon")]
    [InlineData("amazon")]
    [InlineData(" AMAZON  ")]
    public void Check_DuplicateValueIgnoringCaseAndSpaces_ReportsErrorOnTheDuplicateRow(string duplicate)
    {
        var draft = Draft("Channel", "Kibo", new("Kibo", null), new("Amazon", null), new(duplicate, null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal(["values[2].name"], result.Errors.Keys);
        Assert.Equal($"'{duplicate.Trim()}' is already a value of this tag.", result.For("values[2].name"));
        Assert.False(result.IsOnlyNameConflict);
    }

    [Fact]
    public void Check_SameValueNameInDifferentTags_IsValid()
    {
        var draft = Draft("Condition", "Kibo", new("Kibo", null), new("Amazon", null));

        var result = TagRules.Check(draft, ["Channel"]);

        Assert.True(result.IsValid);
    }

    // Rule 3: default value

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Check_NoDefaultValue_ReportsChooseDefault(string? defaultValue)
    {
        var draft = Draft("Channel", defaultValue, new("Kibo", null), new("Amazon", null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal("Choose a default value.", result.For("defaultValue"));
    }

    [Fact]
    public void Check_DefaultValueNotAmongValues_ReportsDefaultMustBeAValue()
    {
        var draft = Draft("Channel", "Ebay", new("Kibo", null), new("Amazon", null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.Equal("The default value 'Ebay' must be one of the values.", result.For("defaultValue"));
    }

    [Fact]
    public void Check_DefaultValueMatchesAValueIgnoringCaseAndSpaces_IsValid()
    {
        var draft = Draft("Channel", "  amazon ", new("Kibo", null), new(" Amazon", null));

        var result = TagRules.Check(draft, NoOtherTags);

        Assert.True(result.IsValid);
    }
}
