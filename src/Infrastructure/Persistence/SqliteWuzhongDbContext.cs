using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>The embedded SQLite database (migrations in Migrations/Sqlite).</summary>
public sealed class SqliteWuzhongDbContext(DbContextOptions<SqliteWuzhongDbContext> options) : WuzhongDbContext(options)
{
    protected override string PinyinCollation => PinyinCollationInterceptor.CollationName;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        // SQLite knows no Chinese collation: every connection gets ours before it is used.
        optionsBuilder.AddInterceptors(PinyinCollationInterceptor.Instance);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time-with-offset type; as UTC ticks the values still sort and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
