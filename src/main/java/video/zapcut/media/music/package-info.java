/** Part of its module's API (a Spring Modulith named interface); the module's other sub-packages are internal. */
@org.springframework.modulith.NamedInterface("music")
package video.zapcut.media.music;
