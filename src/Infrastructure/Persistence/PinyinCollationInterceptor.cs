using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// Gives every SQLite connection the PINYIN collation (Chinese in pinyin order, as ICU's zh collation sorts it), used
/// by the name columns. Strings equal to the collation but not to the letter are told apart by code point, so that
/// only identical names are equal (unique indexes stay exact).
/// </summary>
public sealed class PinyinCollationInterceptor : DbConnectionInterceptor
{
    public const string CollationName = "PINYIN";

    public static PinyinCollationInterceptor Instance { get; } = new();

    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    public static int Compare(string? x, string? y)
    {
        var order = Chinese.Compare(x, y, CompareOptions.None);
        return order != 0 ? order : string.CompareOrdinal(x, y);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateCollation(CollationName, Compare);
        }
    }
}
