using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(64).IsRequired();
        // One issuer's names are unique; two issuers may each have a 人社局.
        builder.HasIndex(d => new { d.IssuerId, d.Name }).IsUnique();
        builder.HasOne(d => d.Issuer).WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(d => d.Aliases);
    }
}
