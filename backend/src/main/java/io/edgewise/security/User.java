package io.edgewise.security;

import io.edgewise.base.access.Role;
import io.edgewise.base.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A local account. Platform administrators have no tenant; everyone else has exactly one. */
@Entity
@Table(name = "users")
public class User extends TenantOwnedEntity {

  public static final int EMAIL_MAX = 254;
  public static final int DISPLAY_NAME_MAX = 120;

  public String email;

  @Column(name = "password_hash")
  public String passwordHash;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "display_name")
  public String displayName;

  public boolean enabled = true;
}
