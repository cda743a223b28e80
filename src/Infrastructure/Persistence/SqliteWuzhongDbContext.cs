using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>The embedded SQLite database (migrations in Migrations/Sqlite).</summary>
public sealed class SqliteWuzhongDbContext(DbContextOptions<SqliteWuzhongDbContext> options) : WuzhongDbContext(options)
{
    protected override string PinyinCollation => PinyinCollationInterceptor.CollationName;

    /// <summary>
    /// SQLite knows no Chinese collation: every connection gets ours before it is used; equality on names compares
    /// bytes instead of calling it (<see cref="BinaryNameEqualityInterceptor"/>).
    /// </summary>
    public static DbContextOptionsBuilder WithPinyinCollation(DbContextOptionsBuilder options) =>
        HasPinyinCollation(options) ? options : options.AddInterceptors(PinyinCollationInterceptor.Instance, BinaryNameEqualityInterceptor.Instance);

    /// <summary>Adds the collation to options made elsewhere (tests, design time); a pooled context has it from its registration.</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => WithPinyinCollation(optionsBuilder);

    private static bool HasPinyinCollation(DbContextOptionsBuilder options) =>
        options.Options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(PinyinCollationInterceptor.Instance) == true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time-with-offset type; as UTC ticks the values still sort and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
