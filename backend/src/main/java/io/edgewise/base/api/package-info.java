/** REST conventions shared by every resource: RFC 9457 problems, pagination, sorting and ETags. */
package io.edgewise.base.api;
