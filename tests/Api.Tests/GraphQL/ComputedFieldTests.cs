using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.GraphQL;

/// <summary>
/// A connection reads only the columns its selection needs; a field computed from columns declares them, so it gives the
/// same answer alone as beside the fields it is computed from.
/// </summary>
public sealed class ComputedFieldTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData("dueAt", "dueDate")]
    [InlineData("opensAt", "year month")]
    [InlineData("label", "year month")]
    public async Task A_computed_period_field_is_the_same_alone_and_beside_its_columns(string field, string columns)
    {
        var alone = await _client.QueryAsync($"{{ reportPeriods(first: 12) {{ nodes {{ {field} }} }} }}");
        var beside = await _client.QueryAsync($"{{ reportPeriods(first: 12) {{ nodes {{ {field} {columns} }} }} }}");

        var aloneValues = alone["reportPeriods"]!["nodes"]!.Select(n => (string?)n[field]).ToList();
        var besideValues = beside["reportPeriods"]!["nodes"]!.Select(n => (string?)n[field]).ToList();
        Assert.Equal(12, aloneValues.Count);
        Assert.Equal(besideValues, aloneValues);
        Assert.DoesNotContain(aloneValues, v => v is null || v.StartsWith("0001", StringComparison.Ordinal));
    }
}
