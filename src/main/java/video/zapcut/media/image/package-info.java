/** Part of its module's API (a Spring Modulith named interface); the module's other sub-packages are internal. */
@org.springframework.modulith.NamedInterface("image")
package video.zapcut.media.image;
