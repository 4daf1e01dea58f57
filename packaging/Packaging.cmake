# Install layout of the desktop integration and the .deb package (CPack).
# Included at the end of the top-level CMakeLists.txt, after every target exists.
#   cmake --install <build> --prefix /usr          # binary, icon, .desktop, metainfo
#   cpack --config <build>/CPackConfig.cmake -G DEB  # or: cmake --build <build> --target package

if(VV_BUILD_UI)
  set(vv_app_id org.violetvault.VioletVault)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${vv_app_id}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${vv_app_id}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/violetvault.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${vv_app_id}.svg)
endif()

set(CPACK_PACKAGE_NAME violetvault)
set(CPACK_PACKAGE_VENDOR "VioletVault")
set(CPACK_PACKAGE_CONTACT "VioletVault maintainers <maintainers@violetvault.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Works fully offline; optionally syncs a budget across devices through\n violetvault-server, end-to-end encrypted, with a live status indicator.")
# Libraries the binaries link come from dpkg-shlibdeps; plugins loaded at run time do not
# show up there, so they are listed: the SVG icon engine/image format and the X11/Wayland
# platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), qt6-qpa-plugins (>= 6.4)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
include(CPack)
