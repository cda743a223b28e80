using GraphQL;
using Microsoft.EntityFrameworkCore;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Sorting;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>Keyset pages read in SQL: walking the cursors forward or backward visits every row once, in order.</summary>
public sealed class KeysetPagingTests : IDisposable
{
    private readonly LibraryContext _db;
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection;

    public KeysetPagingTests() => (_db, _connection) = LibraryContext.Open();

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private Connection<Book> Read(IReadOnlyList<SortKey> order, PageRequest page)
    {
        KeysetPaging.CheckCursors(order, page);
        var rows = KeysetPaging.Page(_db.Books.AsNoTracking(), order, page).ToList();
        return KeysetPaging.ToConnection(rows, order, page, totalCount: null);
    }

    private static Cursor Decode(string text) => Cursor.TryDecode(text, out var cursor) ? cursor! : throw new InvalidOperationException(text);

    [Fact]
    public void Forward_pages_visit_every_row_once_in_the_order_asked_for()
    {
        var order = SortKeyBuilder.Build(BookEntity.Description, [new Dictionary<string, object?> { ["price"] = SortDirection.Desc }]);
        var expected = _db.Books.AsEnumerable().OrderByDescending(b => b.Price).ThenBy(b => b.Id).Select(b => b.Id).ToList();

        var seen = new List<int>();
        Cursor? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var connection = Read(order, new PageRequest(3, after, null, null));
            seen.AddRange(connection.Edges.Select(e => e.Node.Id));
            if (!connection.PageInfo.HasNextPage)
            {
                break;
            }
            after = Decode(connection.PageInfo.EndCursor!);
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Backward_pages_end_where_forward_pages_begin()
    {
        var order = BookEntity.Description.DefaultOrder;
        var all = Read(order, new PageRequest(100, null, null, null));
        var before = Decode(all.Edges[5].Cursor);

        var page = Read(order, new PageRequest(null, null, 2, before));

        Assert.Equal(all.Edges.Skip(3).Take(2).Select(e => e.Node.Id), page.Edges.Select(e => e.Node.Id));
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void A_cursor_round_trips_and_is_refused_under_another_order()
    {
        var byYear = BookEntity.Description.DefaultOrder;
        var first = Read(byYear, new PageRequest(1, null, null, null)).Edges.Single();
        var cursor = Decode(first.Cursor);

        Assert.Equal(Cursor.From(cursor.Signature, [1923, first.Node.Id]).Encode(), first.Cursor);
        var byTitle = SortKeyBuilder.Build(BookEntity.Description, [new Dictionary<string, object?> { ["title"] = SortDirection.Asc }]);
        var refused = Assert.Throws<ExecutionError>(() => Read(byTitle, new PageRequest(1, cursor, null, null)));
        Assert.Equal(ErrorCodes.InvalidCursor, refused.Code);
        Assert.False(Cursor.TryDecode("not a cursor", out _));
    }
}
