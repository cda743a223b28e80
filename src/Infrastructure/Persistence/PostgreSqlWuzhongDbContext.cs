using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>PostgreSQL (and compatible databases; migrations in Migrations/PostgreSql).</summary>
public sealed class PostgreSqlWuzhongDbContext(DbContextOptions<PostgreSqlWuzhongDbContext> options) : WuzhongDbContext(options)
{
    /// <summary>An ICU collation: Chinese in pinyin order (deterministic, so LIKE and unique indexes work as usual).</summary>
    public const string Pinyin = "zh_pinyin";

    protected override string PinyinCollation => Pinyin;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCollation(Pinyin, locale: "zh-u-co-pinyin", provider: "icu", deterministic: true);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // timestamptz holds UTC instants only: offsets such as +08:00 are converted on the way in.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
