using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class IssuerConfiguration : IEntityTypeConfiguration<Issuer>
{
    public void Configure(EntityTypeBuilder<Issuer> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(128).IsRequired();
        builder.HasIndex(i => i.Name).IsUnique();
    }
}
