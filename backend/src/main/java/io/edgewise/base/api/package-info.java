/**
 * REST conventions shared by every resource: RFC 9457 problems (domain exceptions included), paging
 * query parameters and ETags.
 */
package io.edgewise.base.api;
