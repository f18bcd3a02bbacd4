# runtime/aarch64.cmake: the runtime built a second time, for aarch64-linux-gnu, with the Debian
# cross compiler, into build/runtime/libllgo_runtime_aarch64.a. `llgo-lite build
# --target=aarch64-linux-gnu` links it statically with Boehm GC for arm64 (libgc-dev:arm64), so
# `qemu-aarch64 -L /usr/aarch64-linux-gnu ./prog` runs the result. Skipped when the cross compiler
# is missing; llgo-lite then says which packages to install.
find_program(LLGO_AARCH64_CC aarch64-linux-gnu-gcc)
find_program(LLGO_AARCH64_AR aarch64-linux-gnu-ar)
set(LLGO_AARCH64_RUNTIME ${CMAKE_BINARY_DIR}/runtime/libllgo_runtime_aarch64.a)
if(LLGO_AARCH64_CC AND LLGO_AARCH64_AR)
  get_target_property(rt_sources llgo_runtime SOURCES)
  set(objects)
  foreach(src ${rt_sources})
    get_filename_component(name ${src} NAME_WE)
    set(abs ${PROJECT_SOURCE_DIR}/runtime/${src})
    set(obj ${CMAKE_BINARY_DIR}/runtime/aarch64/${name}.o)
    add_custom_command(OUTPUT ${obj}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/runtime/aarch64
      COMMAND ${LLGO_AARCH64_CC} -std=c11 -O2 -g -D_GNU_SOURCE -Wall -Werror
              -I${PROJECT_SOURCE_DIR}/include -I${PROJECT_SOURCE_DIR}/runtime -c ${abs} -o ${obj}
      DEPENDS ${abs} IMPLICIT_DEPENDS C ${abs}
      COMMENT "Building the runtime for aarch64: ${src}" VERBATIM)
    list(APPEND objects ${obj})
  endforeach()
  add_custom_command(OUTPUT ${LLGO_AARCH64_RUNTIME}
    COMMAND ${CMAKE_COMMAND} -E rm -f ${LLGO_AARCH64_RUNTIME}
    COMMAND ${LLGO_AARCH64_AR} rcs ${LLGO_AARCH64_RUNTIME} ${objects}
    DEPENDS ${objects} VERBATIM)
  add_custom_target(llgo_runtime_aarch64 ALL DEPENDS ${LLGO_AARCH64_RUNTIME})
  set(LLGO_HAVE_AARCH64 ON)
else()
  set(LLGO_HAVE_AARCH64 OFF)
endif()
