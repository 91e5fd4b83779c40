/**
 * The roles every feature's endpoints and views authorise against. They sit below every feature, so
 * a feature that only names a role (an audit endpoint, say) does not depend on {@code security},
 * which decides who holds them.
 */
package io.edgewise.base.access;
