using Microsoft.EntityFrameworkCore;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>SQL Server (migrations in Migrations/SqlServer).</summary>
public sealed class SqlServerWuzhongDbContext(DbContextOptions<SqlServerWuzhongDbContext> options) : WuzhongDbContext(options)
{
    /// <summary>Simplified Chinese in pinyin order; case-, accent- and width-sensitive, so that unique names stay exact.</summary>
    public const string Pinyin = "Chinese_PRC_CS_AS_WS";

    protected override string PinyinCollation => Pinyin;

    protected override string TaskInPlanSql => "[WithdrawnAt] IS NULL";
}
