using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(32).IsRequired();
        // One issuer's names are unique; two issuers may each have a 人社局.
        builder.HasIndex(l => new { l.IssuerId, l.Name }).IsUnique();
        builder.HasOne(l => l.Issuer).WithMany().HasForeignKey(l => l.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(l => l.Aliases);
    }
}
