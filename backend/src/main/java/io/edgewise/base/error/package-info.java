/**
 * Why a use case refused, in domain terms: services throw these, the API turns them into problem
 * documents and the UI into sentences.
 */
package io.edgewise.base.error;
