using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Data.Sorting;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>
/// Values derived in SQL: a list's measures filter and sort its parents (authors by their books), and a value may
/// depend on a service of the request (what "classic" means this year), which reaches SQL as a parameter.
/// </summary>
public sealed class DerivedValueTests : IDisposable
{
    private readonly List<string> _sql = [];
    private readonly LibraryContext _db;
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection;

    public DerivedValueTests() => (_db, _connection) = LibraryContext.Open(_sql.Add);

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);

    private static IServiceProvider In(int year) => new ServiceCollection().AddSingleton(new LibraryClock(year)).BuildServiceProvider();

    [Fact]
    public void Parents_are_filtered_by_the_measures_of_a_list_in_one_statement()
    {
        var measures = Map(("count", Map(("gte", 3))), ("averagePrice", Map(("gt", 11m))));
        var filter = FilterExpressionBuilder.Build(AuthorEntity.Description, Map(("books", Map(("aggregates", measures)))))!;

        _sql.Clear();
        var names = _db.Authors.Where(filter).OrderBy(a => a.Id).Select(a => a.Name).ToList();

        // Lu Xun: 3 books at 11.75 on average; Qian Zhongshu: 3 at 25; Shen Congwen has 2.
        Assert.Equal(["Lu Xun", "Qian Zhongshu"], names);
        Assert.Single(_sql);
    }

    [Fact]
    public void Parents_are_sorted_and_paged_by_the_measures_of_a_list()
    {
        var order = SortKeyBuilder.Build(AuthorEntity.Description, [Map(("books", Map(("averagePrice", SortDirection.Desc))))]);

        var first = KeysetPaging.Page(_db.Authors.AsNoTracking(), order, new PageRequest(2, null, null, null)).ToList();
        var page = KeysetPaging.ToConnection(first, order, new PageRequest(2, null, null, null), null);
        Assert.True(Cursor.TryDecode(page.PageInfo.EndCursor!, out var after));
        var rest = KeysetPaging.Page(_db.Authors.AsNoTracking(), order, new PageRequest(2, after, null, null)).ToList();

        Assert.Equal(["Qian Zhongshu", "Shen Congwen"], first.Take(2).Select(r => r.Node.Name));
        Assert.Equal(["Lu Xun"], rest.Select(r => r.Node.Name));
    }

    [Fact]
    public void A_value_that_depends_on_the_request_reads_its_service_as_a_parameter()
    {
        List<string> Classics(int year)
        {
            var filter = FilterExpressionBuilder.Build(BookEntity.Description, Map(("classic", Map(("eq", true)))), In(year))!;
            _sql.Clear();
            return _db.Books.Where(filter).OrderBy(b => b.Year).Select(b => b.Title).ToList();
        }

        Assert.Equal(["Call to Arms", "Wandering"], Classics(2001));
        Assert.DoesNotContain("2001", _sql.Single(), StringComparison.Ordinal);
        Assert.Equal(["Call to Arms", "Wandering", "Border Town", "Old Tales Retold"], Classics(2011));
    }

    [Fact]
    public void A_value_whose_service_the_request_lacks_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            FilterExpressionBuilder.Build(BookEntity.Description, Map(("classic", Map(("eq", true))))));

        Assert.Contains("classic reads a LibraryClock", error.Message, StringComparison.Ordinal);
    }
}
