using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// Gives every SQLite connection the PINYIN collation (Chinese in pinyin order, as ICU's zh collation sorts it), used
/// by the name columns. Strings equal to the collation but not to the letter are told apart by code point, so that
/// only identical names are equal (unique indexes stay exact).
/// </summary>
/// <remarks>
/// SQLite calls the collation for every comparison of a name (a filter on a department's name compares each row), so
/// it compares the UTF-8 bytes SQLite hands over without making strings: identical bytes are equal at once, others
/// are decoded on the stack. It is registered once per native connection: pooled connections keep it.
/// </remarks>
public sealed class PinyinCollationInterceptor : DbConnectionInterceptor
{
    public const string CollationName = "PINYIN";

    public static PinyinCollationInterceptor Instance { get; } = new();

    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>The native connections that have the collation already.</summary>
    private static readonly ConditionalWeakTable<sqlite3, string> Registered = [];

    public static int Compare(string? x, string? y)
    {
        var order = Chinese.Compare(x, y, CompareOptions.None);
        return order != 0 ? order : string.CompareOrdinal(x, y);
    }

    /// <summary><see cref="Compare(string?, string?)"/> on UTF-8 text.</summary>
    public static int Compare(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        if (x.SequenceEqual(y))
        {
            return 0;
        }
        char[]? rentedX = null, rentedY = null;
        var charsX = x.Length <= 256 ? stackalloc char[256] : (rentedX = ArrayPool<char>.Shared.Rent(x.Length));
        var charsY = y.Length <= 256 ? stackalloc char[256] : (rentedY = ArrayPool<char>.Shared.Rent(y.Length));
        try
        {
            var left = charsX[..Encoding.UTF8.GetChars(x, charsX)];
            var right = charsY[..Encoding.UTF8.GetChars(y, charsY)];
            var order = Chinese.Compare(left, right, CompareOptions.None);
            return order != 0 ? order : left.SequenceCompareTo(right);
        }
        finally
        {
            if (rentedX is not null)
            {
                ArrayPool<char>.Shared.Return(rentedX);
            }
            if (rentedY is not null)
            {
                ArrayPool<char>.Shared.Return(rentedY);
            }
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !Registered.TryGetValue(handle, out _))
        {
            var result = raw.sqlite3_create_collation(handle, CollationName, null, static (_, x, y) => Compare(x, y));
            SqliteException.ThrowExceptionForRC(result, handle);
            Registered.AddOrUpdate(handle, CollationName);
        }
    }
}
