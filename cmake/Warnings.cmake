# Per-target warnings (DEVELOPERS.md rule 2). -Werror only when VV_WERROR is on (CI).
function(vv_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${VV_WERROR}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
      $<$<BOOL:${VV_WERROR}>:-Werror>)
  endif()
endfunction()

# Qt hygiene defines, applied to every project target.
function(vv_qt_defines target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS)
endfunction()

# One call for every target the project defines.
function(vv_target_defaults target)
  vv_set_warnings(${target})
  vv_qt_defines(${target})
endfunction()
