/** Paging and sorting of lists, whoever asks for them: a REST query or a UI grid. */
package io.edgewise.base.paging;
