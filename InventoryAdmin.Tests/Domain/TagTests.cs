using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Tags;

namespace InventoryAdmin.Tests.Domain;

public class TagTests
{
    private static TagDraft Draft(string name, string defaultValue, params (string Name, decimal? Percent)[] values) =>
        new(name, values.Select(v => new TagValueDraft(v.Name, v.Percent)).ToList(), defaultValue);

    private static Tag Channel() =>
        new(Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m)), displayOrder: 0);

    [Fact]
    public void Constructor_ValidDraft_StoresTrimmedNamesPercentsAndOrder()
    {
        var tag = new Tag(Draft("  Channel ", " kibo", (" Kibo ", 80m), ("Amazon  ", 10m), ("Walmart", 10m)), displayOrder: 3);

        Assert.Equal("Channel", tag.Name);
        Assert.Equal(3, tag.DisplayOrder);
        Assert.Equal(["Kibo", "Amazon", "Walmart"], tag.Values.Select(v => v.Name));
        Assert.Equal([8000, 1000, 1000], tag.Values.Select(v => v.BasisPoints));
        Assert.Equal([80m, 10m, 10m], tag.Values.Select(v => v.Percent));
        Assert.Equal([0, 1, 2], tag.Values.Select(v => v.DisplayOrder));
    }

    [Fact]
    public void Constructor_InvalidDraft_ThrowsInvalid()
    {
        var exception = Assert.Throws<InventoryRuleException>(() =>
            new Tag(Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 10m)), displayOrder: 0));

        Assert.Equal(RuleViolationKind.Invalid, exception.Kind);
        Assert.Contains("values", exception.Errors.Keys);
    }

    [Fact]
    public void DefaultValue_DraftNamesDefaultInOtherCase_IsTheMatchingValue()
    {
        var tag = new Tag(Draft("Channel", "AMAZON", ("Kibo", null), ("Amazon", null)), displayOrder: 0);

        Assert.Equal("Amazon", tag.DefaultValue.Name);
        Assert.Single(tag.Values, v => v.IsDefault);
    }

    [Fact]
    public void Mode_AnyPercentGiven_IsPercentage()
    {
        var tag = new Tag(Draft("Channel", "Kibo", ("Kibo", null), ("Amazon", 10m)), displayOrder: 0);

        Assert.Equal(TagMode.Percentage, tag.Mode);
    }

    [Fact]
    public void Mode_NoPercentGiven_IsDiscrete()
    {
        var tag = new Tag(Draft("Condition", "Good", ("Good", null), ("Damaged", null)), displayOrder: 0);

        Assert.Equal(TagMode.Discrete, tag.Mode);
    }

    [Fact]
    public void Apply_AllPercentsRemoved_SwitchesToDiscrete()
    {
        var tag = Channel();

        tag.Apply(Draft("Channel", "Kibo", ("Kibo", null), ("Amazon", null), ("Walmart", null)));

        Assert.Equal(TagMode.Discrete, tag.Mode);
        Assert.All(tag.Values, v => Assert.Null(v.Percent));
    }

    [Fact]
    public void Apply_SameNamesNewPercents_KeepsTheSameValueObjects()
    {
        var tag = Channel();
        var before = tag.Values.ToList();

        var removed = tag.Apply(Draft("Channel", "Kibo", ("kibo", 70m), ("AMAZON", 20m), ("Walmart", 10m)));

        Assert.Empty(removed);
        Assert.Equal(before.Count, tag.Values.Count);
        Assert.All(before.Zip(tag.Values), pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal([7000, 2000, 1000], tag.Values.Select(v => v.BasisPoints));
        Assert.Equal(["kibo", "AMAZON", "Walmart"], tag.Values.Select(v => v.Name));
    }

    [Fact]
    public void Apply_ReorderedDraft_ReordersValuesAndKeepsThem()
    {
        var tag = Channel();
        var walmart = tag.FindValue("Walmart")!;

        tag.Apply(Draft("Channel", "Kibo", ("Walmart", 10m), ("Kibo", 80m), ("Amazon", 10m)));

        Assert.Equal(["Walmart", "Kibo", "Amazon"], tag.Values.Select(v => v.Name));
        Assert.Same(walmart, tag.Values[0]);
    }

    [Fact]
    public void Apply_RenameTagAndNewDefault_ChangesNameAndMovesDefault()
    {
        var tag = Channel();

        tag.Apply(Draft(" SalesChannel ", "Amazon", ("Kibo", 80m), ("Amazon", 10m), ("Walmart", 10m)));

        Assert.Equal("SalesChannel", tag.Name);
        Assert.Equal("Amazon", tag.DefaultValue.Name);
        Assert.False(tag.FindValue("Kibo")!.IsDefault);
    }

    [Fact]
    public void Apply_ValueMissingFromDraft_RemovesAndReturnsIt()
    {
        var tag = Channel();
        var walmart = tag.FindValue("Walmart")!;

        var removed = tag.Apply(Draft("Channel", "Kibo", ("Kibo", 90m), ("Amazon", 10m)));

        Assert.Same(walmart, Assert.Single(removed));
        Assert.Equal(["Kibo", "Amazon"], tag.Values.Select(v => v.Name));
        Assert.Null(tag.FindValue("Walmart"));
    }

    [Fact]
    public void Apply_NewValueName_AddsAValueAtItsPosition()
    {
        var tag = Channel();

        var removed = tag.Apply(Draft("Channel", "Kibo", ("Kibo", 70m), ("Ebay", 10m), ("Amazon", 10m), ("Walmart", 10m)));

        Assert.Empty(removed);
        Assert.Equal(["Kibo", "Ebay", "Amazon", "Walmart"], tag.Values.Select(v => v.Name));
        Assert.Equal(1000, tag.FindValue("ebay")!.BasisPoints);
    }

    [Fact]
    public void Apply_RenamedValueWithoutId_IsTreatedAsRemovedPlusNew()
    {
        var tag = Channel();
        var amazon = tag.FindValue("Amazon")!;

        var removed = tag.Apply(Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon US", 10m), ("Walmart", 10m)));

        Assert.Same(amazon, Assert.Single(removed));
        Assert.NotSame(amazon, tag.FindValue("Amazon US"));
    }

    [Fact]
    public void Apply_InvalidDraft_ThrowsAndLeavesTagUnchanged()
    {
        var tag = Channel();

        Assert.Throws<InventoryRuleException>(() => tag.Apply(Draft("Channel", "Kibo", ("Kibo", 80m), ("Amazon", 30m))));

        Assert.Equal(["Kibo", "Amazon", "Walmart"], tag.Values.Select(v => v.Name));
        Assert.Equal([8000, 1000, 1000], tag.Values.Select(v => v.BasisPoints));
    }

    [Fact]
    public void ValuesRemovedBy_DraftMatchingNamesIgnoringCaseAndSpaces_RemovesNothing()
    {
        var tag = Channel();

        var removed = tag.ValuesRemovedBy(Draft("Channel", "Kibo", (" KIBO ", 80m), ("amazon", 10m), ("Walmart ", 10m)));

        Assert.Empty(removed);
    }

    [Fact]
    public void ValuesRemovedBy_DraftWithoutSomeValues_ListsThemWithoutChangingTheTag()
    {
        var tag = Channel();

        var removed = tag.ValuesRemovedBy(Draft("Channel", "Kibo", ("Kibo", 100m)));

        Assert.Equal(["Amazon", "Walmart"], removed.Select(v => v.Name));
        Assert.Equal(3, tag.Values.Count);
    }

    [Fact]
    public void FindValue_NameInOtherCaseWithSpaces_FindsTheValue()
    {
        var tag = Channel();

        Assert.Equal("Amazon", tag.FindValue("  aMaZoN ")?.Name);
        Assert.Null(tag.FindValue("Ebay"));
    }

    [Fact]
    public void ToDraft_AppliedToAnotherTag_ReproducesTheTag()
    {
        var tag = new Tag(Draft("Channel", "Amazon", ("Kibo", null), ("Amazon", 10m), ("Walmart", 10m)), displayOrder: 0);

        var copy = new Tag(tag.ToDraft(), displayOrder: 1);

        Assert.Equal(tag.Name, copy.Name);
        Assert.Equal(tag.DefaultValue.Name, copy.DefaultValue.Name);
        Assert.Equal(tag.Values.Select(v => (v.Name, v.BasisPoints)), copy.Values.Select(v => (v.Name, v.BasisPoints)));
    }
}
