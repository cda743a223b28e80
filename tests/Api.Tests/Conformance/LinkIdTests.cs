using Wuzhong.Api.Tests.Support;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Conformance;

/// <summary>
/// A task's and a target's departments carry stable ids, so that a normalized cache (Apollo, urql graphcache) keeps one
/// object per link and two views selecting different fields of the same list add to it instead of replacing it.
/// </summary>
public sealed class LinkIdTests(SqliteDemoData data) : IClassFixture<SqliteDemoData>
{
    private readonly GraphQLClient _client = new(data.Factory.CreateClient());

    [Fact]
    public async Task Each_link_has_its_own_id_and_keeps_it_whatever_is_selected_beside_it()
    {
        var narrow = await _client.QueryAsync("{ tasks(first: 1000) { nodes { id departments { id } } } targets { nodes { departments { id } } } }");
        var wide = await _client.QueryAsync("{ tasks(first: 1000) { nodes { departments { id isLead latestStatus department { name } } } } }");

        var taskLinks = narrow["tasks"]!["nodes"]!.SelectMany(t => t["departments"]!.Select(d => (string)d["id"]!)).ToList();
        var targetLinks = narrow["targets"]!["nodes"]!.SelectMany(t => t["departments"]!.Select(d => (string)d["id"]!)).ToList();
        Assert.True(taskLinks.Count > 200, $"{taskLinks.Count} links");
        Assert.Equal(taskLinks.Count, taskLinks.Distinct().Count());
        Assert.NotEmpty(targetLinks);
        Assert.Equal(targetLinks.Count, targetLinks.Distinct().Count());
        Assert.Empty(taskLinks.Intersect(targetLinks));
        Assert.Equal(taskLinks, wide["tasks"]!["nodes"]!.SelectMany(t => t["departments"]!.Select(d => (string)d["id"]!)));
    }
}
