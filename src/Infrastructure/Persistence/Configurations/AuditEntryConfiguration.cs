using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Auditing;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Roles).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Input).HasMaxLength(8000).IsRequired();
        builder.Property(a => a.Outcome).HasMaxLength(512).IsRequired();
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Actor);
    }
}
