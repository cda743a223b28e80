using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// SQL written by hand in a test, run on the API's own database: the answer an API test compares with, read apart
/// from the API's code. The same text runs on SQLite and PostgreSQL (double-quoted names, window functions).
/// </summary>
public static class DirectSql
{
    public static async Task<List<T>> RowsAsync<T>(WuzhongApiFactory factory, string sql, Func<DbDataReader, T> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    /// <summary>A query of one integer column named <c>Value</c>, in the order it returns them.</summary>
    public static async Task<List<int>> ValuesAsync(WuzhongApiFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>();
        return await db.Database.SqlQueryRaw<int>(sql).ToListAsync();
    }
}
